try:
    raise ValueError("first")
except ValueError as e:
    try:
        raise TypeError("second")
    finally:
        print("in finally")
