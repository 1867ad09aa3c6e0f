using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Correlator.Tests.Postgres;

/// <summary>
/// The PostgreSQL the tests run against. With CORRELATOR_TEST_POSTGRES set (a connection string to a role that may
/// create databases) that server is used; otherwise a throwaway cluster is made with the Debian package's initdb in a
/// temporary folder, started on a free loopback port (as the postgres user when running as root, since the server
/// refuses root) and stopped when the test process exits. One server per test process; each test gets a database.
/// </summary>
public sealed class ThrowawayPostgres
{
    public const string ConnectionVariable = "CORRELATOR_TEST_POSTGRES";

    /// <summary>
    /// The xunit collection of the test classes using the server: they run one at a time, because a transaction open
    /// in any database of the server holds back every report follower on it (see PostgresSchema.Settled), so one
    /// class's long append would stall another class's reads.
    /// </summary>
    public const string Collection = "PostgreSQL";

    private static readonly Lazy<Task<ThrowawayPostgres>> Shared = new(StartAsync);

    private readonly string adminConnection;

    private ThrowawayPostgres(string adminConnection) => this.adminConnection = adminConnection;

    public static Task<ThrowawayPostgres> InstanceAsync() => Shared.Value;

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ToString();
    }

    public Task DropDatabaseAsync(string connectionString) =>
        ExecuteAsync($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<ThrowawayPostgres> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } given)
        {
            return new ThrowawayPostgres(given);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException($"No PostgreSQL found: install the Debian package postgresql (tests/run-all.sh does) or set {ConnectionVariable}.");
        }

        var parent = Path.Combine(Path.GetTempPath(), "correlator-postgres");
        RemoveStoppedClusters(parent);
        var folder = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", "postgres", folder);
        }

        var port = FreePort();
        await RunAsync(asRoot, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        // fsync off: the database is thrown away; these tests are about ordering and concurrency, not power cuts.
        var settings = $"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c max_connections=400 -c fsync=off -c full_page_writes=off";
        await RunAsync(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-o", settings, "-w", "-t", "60", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAsync(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
        return new ThrowawayPostgres($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres");
    }

    /// <summary>Clusters of earlier test runs, stopped (no postmaster.pid) but not removed: the exit hook has no time to delete.</summary>
    private static void RemoveStoppedClusters(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var stale in Directory.GetDirectories(parent).Where(d => !File.Exists(Path.Combine(d, "data", "postmaster.pid"))))
        {
            Directory.Delete(stale, recursive: true);
        }
    }

    private static Task RunAsync(bool asPostgres, string program, params string[] arguments) =>
        asPostgres ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
