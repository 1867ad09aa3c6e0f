using System.Diagnostics;
using System.Globalization;

namespace Correlator.Benchmarks.Harness;

/// <summary>
/// CPU time used so far by one PostgreSQL server: its postmaster, found by the port on its command line (other
/// engineers' test clusters may run beside it), and the backends and workers it forked, read from /proc.
/// </summary>
public static class PostgresCpu
{
    public static TimeSpan Of(int port)
    {
        var processes = new List<(int Pid, int Parent)>();
        int? postmaster = null;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                if (stat[(stat.IndexOf('(') + 1)..close] != "postgres")
                {
                    continue;
                }
                // After the command name: state, then the parent's pid.
                processes.Add((pid, int.Parse(stat[(close + 2)..].Split(' ')[1], CultureInfo.InvariantCulture)));
                var arguments = File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0');
                var p = Array.IndexOf(arguments, "-p");
                if (p >= 0 && p + 1 < arguments.Length && arguments[p + 1] == port.ToString(CultureInfo.InvariantCulture))
                {
                    postmaster = pid;
                }
            }
            catch (IOException)
            {
                // The process ended while being read: its CPU is gone with it.
            }
        }
        return postmaster is not { } root
            ? TimeSpan.Zero
            : processes.Where(p => p.Pid == root || p.Parent == root).Aggregate(TimeSpan.Zero, (sum, p) => sum + CpuOf(p.Pid));
    }

    private static TimeSpan CpuOf(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }
}
