print("namespace package module runs:", __name__, __package__)


def greet():
    return "hello from a namespace package"
