NAME = "slow (pure Python)"


def encode(text):
    result = ""
    for ch in text:
        result = ch + result
    return result
