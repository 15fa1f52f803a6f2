print("runner package initialised:", __name__)
VERSION = "0.3"
