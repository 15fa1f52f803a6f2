NAME = "jsonish (fallback)"
