# Cycles made by __del__ during the last collection at exit must be collected too (issue #9
# item 9): the collector runs again until a round finds nothing, so Late's finaliser runs.
class Late:
    def __del__(self):
        print("late del")


class Node:
    def __del__(self):
        print("node del")
        x = Late()
        x.self = x


n = Node()
n.self = n
del n
print("end of program")
