"""Computations on plain arrays and GeoDataFrames: terrain, inundation, hydrodynamics, exposure, network,
access and coverage, siting, appraisal, and the scenario runner that chains them."""
