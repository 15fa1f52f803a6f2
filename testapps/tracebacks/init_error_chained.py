class ConfigError(Exception):
    pass


class Config:
    def __init__(self, raw):
        try:
            self.port = int(raw["port"])
        except (KeyError, ValueError) as e:
            raise ConfigError(f"bad config: {raw!r}") from e


print(Config({"port": "80"}).port)
Config({"port": "eighty"})
