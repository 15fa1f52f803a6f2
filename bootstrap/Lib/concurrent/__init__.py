# Package for concurrent.futures (as CPython's, it holds nothing itself).
