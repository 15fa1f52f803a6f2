# A group with more than 15 members is cut after the 15th.
raise ExceptionGroup("many", [ValueError(i) for i in range(20)])
