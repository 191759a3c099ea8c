package uk.council.complaints.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Complementary suppression: hides the fewest, then smallest, further counts so that no hidden count can be worked
 * out from the published ones and the published totals (each column adds up to its total row, each row to its
 * total column).
 * <p>The table as a graph: a node per row and per column, an edge per count cell. A row without a total to add up
 * to (or a column without one) has no equation: all such nodes are one "free" node. A hidden cell's value follows
 * from the published figures exactly when its edge is a bridge of the graph of hidden cells (no cycle of hidden
 * cells, and no path between free nodes, runs through it). So while a hidden cell is a bridge, the cheapest path
 * joining its two ends another way is hidden too: each published cell on it costs one cell plus its value
 * (fewest first, then smallest), a total costs a little more than a cell inside the table, a 0 only if nothing
 * else will do.
 */
final class ComplementaryCells {
    private static final long CELL = 1L << 40;
    private static final long TOTAL = 1L << 39;
    private final Figure[][] f;
    private final int rows;
    private final int cols;
    private final int[] node;
    private final int free;
    private final boolean[] totalRows;
    private final boolean[] totalColumns;
    private final List<int[]> counts = new ArrayList<>();

    ComplementaryCells(Figure[][] f, boolean[] totalRows, boolean[] totalColumns) {
        this.f = f;
        this.rows = totalRows.length;
        this.cols = totalColumns.length;
        this.totalRows = totalRows;
        this.totalColumns = totalColumns;
        int tr = index(totalRows);
        int tc = index(totalColumns);
        this.free = rows + cols;
        this.node = new int[rows + cols];
        for (int r = 0; r < rows; r++) {
            node[r] = tc >= 0 && Suppression.isCount(f[r][tc]) ? r : free;
        }
        for (int c = 0; c < cols; c++) {
            node[rows + c] = tr >= 0 && Suppression.isCount(f[tr][c]) ? rows + c : free;
            for (int r = 0; r < rows; r++) {
                if (Suppression.isCount(f[r][c])) {
                    counts.add(new int[] {r, c});
                }
            }
        }
    }

    /**
     * One pass is enough: hiding more cells only adds edges, so a hidden cell once on a cycle stays on one, and the
     * cells hidden for a bridge are on the cycle they close with it.
     */
    void protect() {
        for (int[] cell : counts) {
            if (hidden(cell[0], cell[1])) {
                List<int[]> path = cheapestPath(cell, false);
                path = path != null ? path : cheapestPath(cell, true);
                // null cannot happen: a total's own cell joins its line to the free node or to its total
                if (path != null) {
                    path.forEach(x -> f[x[0]][x[1]] = f[x[0]][x[1]].hide(Figure.Hidden.COMPLEMENTARY));
                }
            }
        }
    }

    /** The published cells to hide so that the hidden cell {@code bridge} lies on a cycle (Dijkstra); none if it does. */
    private List<int[]> cheapestPath(int[] bridge, boolean zeros) {
        int n = rows + cols + 1;
        long[] dist = new long[n];
        int[][] via = new int[n][];
        Arrays.fill(dist, Long.MAX_VALUE);
        int from = node[bridge[0]];
        int to = node[rows + bridge[1]];
        dist[from] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, from});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int at = (int) head[1];
            if (head[0] > dist[at]) {
                continue;
            }
            for (int[] x : counts) {
                int next = other(x[0], x[1], at);
                long cost = next < 0 || (x[0] == bridge[0] && x[1] == bridge[1]) ? -1 : cost(x[0], x[1], zeros);
                if (cost >= 0 && dist[at] + cost < dist[next]) {
                    dist[next] = dist[at] + cost;
                    via[next] = new int[] {x[0], x[1], at};
                    queue.add(new long[] {dist[next], next});
                }
            }
        }
        if (dist[to] == Long.MAX_VALUE) {
            return null;
        }
        List<int[]> path = new ArrayList<>();
        for (int at = to; at != from; at = via[at][2]) {
            if (!hidden(via[at][0], via[at][1])) {
                path.add(new int[] {via[at][0], via[at][1]});
            }
        }
        return path;
    }

    /** What hiding a cell costs; -1 when it may not be used (a 0 on the first try). */
    private long cost(int r, int c, boolean zeros) {
        if (hidden(r, c)) {
            return 0;
        }
        long value = f[r][c].value().longValue();
        if (value == 0 && !zeros) {
            return -1;
        }
        return CELL + (totalRows[r] || totalColumns[c] ? TOTAL : 0) + value;
    }

    /** The node at the other end of cell (r, c) from node {@code at}, or -1 if the cell does not touch it. */
    private int other(int r, int c, int at) {
        int a = node[r];
        int b = node[rows + c];
        return a == at ? b : b == at ? a : -1;
    }

    private boolean hidden(int r, int c) {
        return f[r][c].suppressed();
    }

    private static int index(boolean[] flags) {
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                return i;
            }
        }
        return -1;
    }
}
