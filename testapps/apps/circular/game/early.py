print("early starts")
from .late import value
