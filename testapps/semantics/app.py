import sys
import helper
