def fmt(amount):
    return f"${amount:,.2f}"
