# colorsys: the six conversions on primaries, greys, out-of-range values and a grid, printed
# with repr so every float bit must match.
import colorsys

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
           (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (0.25, 0.75, 0.1), (1.2, -0.1, 0.5)]
steps = [i / 7 for i in range(8)]
samples += [(r, g, b) for r in steps[::3] for g in steps[::2] for b in steps[1::3]]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, colorsys.yiq_to_rgb(*yiq), hls, colorsys.hls_to_rgb(*hls), hsv, colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1 / 6, 0.5, 2 / 3, 0.99, 1.0, 1.5, -0.25]:
    print(h, colorsys.hls_to_rgb(h, 0.3, 0.8), colorsys.hls_to_rgb(h, 0.7, 0.4), colorsys.hsv_to_rgb(h, 0.6, 0.9),
          colorsys.hsv_to_rgb(h, 0.0, 0.4), colorsys.yiq_to_rgb(0.5, h - 0.5, 0.2))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
