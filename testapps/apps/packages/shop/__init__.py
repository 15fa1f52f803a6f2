print("shop/__init__ runs:", __name__, __package__)
STORE = "corner shop"
