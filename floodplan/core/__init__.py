"""What every layer of floodplan shares (DESIGN.md): the raster grid (:mod:`floodplan.core.grid`) and the
style data every drawing and the QGIS styles use (:mod:`floodplan.core.styles`). Nothing here imports
another floodplan package."""
