class Settings:
    def __init__(self, values):
        self._values = values

    def __getattr__(self, name):
        return self._values[name]


s = Settings({"debug": True})
print(s.debug)
print(s.verbose)
