# html.escape/unescape (named, numeric and invalid references) and graphlib.TopologicalSorter
# (static_order, prepare/get_ready/done, CycleError).
import html, graphlib
print(html.escape("<a href=\"x\">'&'</a>"), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp; &quot;x&quot; &#39; &#x41; &#65; &copy; &euro; &nbsp;| &amp &unknown; &#128; &#0; &#x110000;"))
ts = graphlib.TopologicalSorter({"D": {"B", "C"}, "C": {"A"}, "B": {"A"}})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready(); order.append(sorted(ready)); ts.done(*ready)
print(order)
try: list(graphlib.TopologicalSorter({1: {2}, 2: {1}}).static_order())
except graphlib.CycleError as e: print("CycleError", e.args[0], e.args[1])
