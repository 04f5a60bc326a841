"""Run a Delft-FIAT geom model (``python benchmarks/fiat_run.py settings.toml`` with FIAT's own venv).

FIAT's own ``fiat run`` hangs or crashes here: its worker pool starts from a forked Manager, and FIAT 0.4
takes a layer definition from a closed data source, which the system's GDAL 3.6 Python bindings
(python3-gdal, the only GDAL bindings installable without compiling) do not survive. This runner changes
only that plumbing: the jobs run serially in this process (each pickled and unpickled, as the spawn pool
does), the Manager is a spawn one, and the data source is kept open while its definition is used. The
computation (FIAT's worker_geom.worker, calculate_hazard, calculate_damage) is FIAT's own.
"""

import pickle
import sys
from multiprocessing import get_context

import fiat.fio as fio
import fiat.models.geom as geom_model
from fiat.cfg import Configurations
from fiat.models import GeomModel


def _serial(ctx, func, jobs, threads):
    for job in jobs:
        func(**pickle.loads(pickle.dumps(job)))  # as the spawn pool does: the sources reopen


_orig_init = fio.BufferedGeomWriter.__init__


def _init(self, file, srs, layer_defn=None, *args, **kwargs):
    # GDAL 3.6's bindings hand out a layer definition borrowed from its data source: keep it open.
    if layer_defn is None:
        self._keep = fio.open_geom(file, mode="r")
        layer_defn = self._keep.layer.GetLayerDefn()
    _orig_init(self, file, srs, layer_defn, *args, **kwargs)


geom_model.execute_pool = _serial
geom_model.Manager = get_context("spawn").Manager
fio.BufferedGeomWriter.__init__ = _init

if __name__ == "__main__":
    GeomModel(Configurations.from_file(sys.argv[1])).run()
