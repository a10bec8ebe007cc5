# time.tzset(): rereads TZ and resets timezone, altzone, daylight and tzname, taken (as CPython
# does) from the offsets in force at the start and middle of the current year.
import os
import time

# POSIX TZ strings only: the machine need not have the tz database.
for zone in ("EST+05EDT,M3.2.0,M11.1.0", "UTC0", "JST-9", "AEST-10AEDT,M10.1.0,M4.1.0/3",
             "<-04>4<-03>,M9.1.6/24,M4.1.6/24"):
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.tzname, time.timezone, time.altzone, time.daylight)
    print("  epoch", time.localtime(0).tm_hour, time.strftime("%Z", time.localtime(0)),
          time.mktime(time.localtime(86400 * 200)) == 86400 * 200)

try:
    time.tzset(1)
except TypeError as e:
    print("TypeError")
