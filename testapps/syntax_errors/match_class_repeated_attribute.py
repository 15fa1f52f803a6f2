match 1:
    case Point(x=1, x=2):
        pass
