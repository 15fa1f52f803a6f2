match 1:
    case C(x, y=x):
        pass
