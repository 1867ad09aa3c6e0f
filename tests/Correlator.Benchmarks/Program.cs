using System.Diagnostics;
using System.Globalization;
using Correlator.Benchmarks.Harness;
using Correlator.Benchmarks.Scenarios;
using Correlator.Benchmarks.Workload;

if (args is [BareServer.Command, var port])
{
    await BareServer.RunAsync(int.Parse(port, CultureInfo.InvariantCulture));
    return 0;
}
if (args is [DurableServer.Command, var durablePort, var durableData])
{
    await DurableServer.RunAsync(int.Parse(durablePort, CultureInfo.InvariantCulture), durableData);
    return 0;
}

var quick = args.Contains("--quick");
TempFolder.Keep = args.Contains("--keep-data");
var only = Option("--scenario");
var output = Option("--out") ?? Path.Combine("artifacts", "bench.json");
var all = new (string Name, Func<BenchContext, Task> Run)[]
{
    (IngestScenario.Name, IngestScenario.RunAsync),
    (LatencyScenario.Name, LatencyScenario.RunAsync),
    (FanOutScenario.Name, FanOutScenario.RunAsync),
    (ReplayScenario.Name, ReplayScenario.RunAsync),
    (MemoryScenario.Name, MemoryScenario.RunAsync),
    (MicroScenario.Name, MicroScenario.RunAsync),
    (NodesScenario.Name, NodesScenario.RunAsync),
};
var chosen = all.Where(s => only is null || s.Name == only).ToList();
if (chosen.Count == 0)
{
    Console.Error.WriteLine($"Unknown scenario '{only}'; choose one of: {string.Join(", ", all.Select(s => s.Name))}");
    return 2;
}

var report = new BenchReport(quick);
var context = new BenchContext(quick, report, WorkloadNames.FromSeeds(), Option("--reports") is { } size ? int.Parse(size, CultureInfo.InvariantCulture) : null);
Console.WriteLine($"Correlator benchmarks ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Trim()}");
var failed = 0;
foreach (var (name, run) in chosen)
{
    Console.WriteLine($"== {name}");
    var clock = Stopwatch.StartNew();
    try
    {
        await run(context);
    }
    catch (Exception ex)
    {
        failed++;
        report.Note($"{name} failed: {ex.GetType().Name}: {ex.Message}");
        Console.Error.WriteLine(ex);
    }
    Console.WriteLine($"== {name} took {clock.Elapsed.TotalSeconds:0.0} s");
}
report.PrintTable(Console.Out);
await report.WriteJsonAsync(output);
Console.WriteLine($"Results written to {Path.GetFullPath(output)}");
return failed == 0 ? 0 : 1;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
