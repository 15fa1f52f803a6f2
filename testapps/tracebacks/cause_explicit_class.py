try:
    1 / 0
except ZeroDivisionError as exc:
    raise RuntimeError("wrapped") from exc
