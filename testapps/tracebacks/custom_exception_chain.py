class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(key, "missing") from e

load({"a": 1}, "b")
