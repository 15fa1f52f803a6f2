# break leaving an except* clause is a SyntaxError; a loop inside the clause may break.
for i in range(3):
    try:
        pass
    except* ValueError:
        for j in range(2):
            break
        break
