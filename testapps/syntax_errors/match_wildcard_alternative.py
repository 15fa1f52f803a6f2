match 1:
    case 1 | (_ as y) | 3:
        pass
