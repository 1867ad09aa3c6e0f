using Npgsql;

namespace Correlator.Benchmarks.Harness;

/// <summary>
/// Correlator nodes sharing one store, each a child process of its own: several on one PostgreSQL database, or the
/// single node of a SQLite file. Clients may post to and subscribe on any of them with the same operator key.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    private readonly List<ServerProcess> nodes;
    private readonly int? databasePort;

    private Cluster(List<ServerProcess> nodes, string store, int? databasePort)
    {
        this.nodes = nodes;
        Store = store;
        this.databasePort = databasePort;
    }

    public IReadOnlyList<ServerProcess> Nodes => nodes;

    /// <summary>"PostgreSQL" or "SQLite", for the figures' names.</summary>
    public string Store { get; }

    public string? Key => nodes[0].Key;

    /// <summary>CPU time used so far by every node together.</summary>
    public TimeSpan CpuTime => nodes.Aggregate(TimeSpan.Zero, (sum, node) => sum + node.CpuTime);

    /// <summary>CPU time used so far by the PostgreSQL server; zero for SQLite, which runs inside the node.</summary>
    public TimeSpan DatabaseCpuTime => databasePort is { } port ? PostgresCpu.Of(port) : TimeSpan.Zero;

    /// <summary>The same path on every node, in node order.</summary>
    public IReadOnlyList<Uri> Urls(string path) => nodes.Select(node => new Uri(node.Address, path)).ToList();

    /// <summary>
    /// Starts <paramref name="count"/> nodes on one (empty) PostgreSQL database, all with <paramref name="folder"/> as
    /// their data folder: the first alone, since it creates the schema, loads the gazetteer and writes the operator key
    /// there that the others then read; the rest together.
    /// </summary>
    public static async Task<Cluster> StartPostgresAsync(int count, string connectionString, string folder)
    {
        string[] settings = ["--Storage:Provider=Postgres", $"--Storage:ConnectionString={connectionString}"];
        var cluster = new Cluster([await ServerProcess.StartCorrelatorAsync(folder, settings, BenchContext.ServerStart)], "PostgreSQL",
            new NpgsqlConnectionStringBuilder(connectionString).Port);
        var others = Enumerable.Range(1, count - 1).Select(_ => ServerProcess.StartCorrelatorAsync(folder, settings, BenchContext.ServerStart)).ToList();
        try
        {
            await Task.WhenAll(others);
        }
        catch
        {
            cluster.nodes.AddRange(others.Where(start => start.IsCompletedSuccessfully).Select(start => start.Result));
            await cluster.DisposeAsync();
            throw;
        }
        cluster.nodes.AddRange(others.Select(start => start.Result));
        return cluster;
    }

    public static async Task<Cluster> StartSqliteAsync(string folder) =>
        new([await ServerProcess.StartCorrelatorAsync(folder, [], BenchContext.ServerStart)], "SQLite", null);

    public async ValueTask DisposeAsync() => await Task.WhenAll(nodes.Select(node => node.DisposeAsync().AsTask()));
}
