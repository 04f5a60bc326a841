from floodplan.cli import main

raise SystemExit(main())
