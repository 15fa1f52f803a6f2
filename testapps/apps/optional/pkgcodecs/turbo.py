NAME = "turbo"
