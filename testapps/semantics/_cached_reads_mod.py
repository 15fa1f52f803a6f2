# Helper module of cached_reads_metaclass_module_kwdefaults.py.
x = 1
