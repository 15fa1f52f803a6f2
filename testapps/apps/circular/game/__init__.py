print("game package starts")
