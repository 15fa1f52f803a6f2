match {}:
    case {1: x, True: y}:
        pass
