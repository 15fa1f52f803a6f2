print("late starts")
from . import early
