"""Many APKs: planning, worker processes, the Dask executor and the SQLite store."""
