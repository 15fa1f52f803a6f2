try:
    import fast_helper
except ImportError:
    pass
