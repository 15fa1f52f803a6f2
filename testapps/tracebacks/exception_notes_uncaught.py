def process(row):
    try:
        return int(row["qty"]) * row["price"]
    except KeyError as e:
        e.add_note(f"while processing row {row!r}")
        e.add_note("rows need 'qty' and 'price'")
        raise


print(process({"qty": "2", "price": 3}))
print(process({"qty": "1"}))
