using System.CommandLine;
using Correlator.Storage;

namespace Correlator.Cli.Keys;

/// <summary>
/// correlator keys add NAME --role operator|viewer, keys revoke NAME, keys list: issues and revokes the API keys a
/// server accepts, in its database file. A new key is printed once; only its hash is stored.
/// </summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var database = new Option<FileInfo?>("--db") { Description = $"The server's SQLite file (default {DataFolder.DefaultDatabasePath}).", Recursive = true };
        var name = new Argument<string>("name") { Description = "Who the key is for, e.g. night-desk." };
        var role = new Option<string>("--role") { Description = "operator (writes and reads) or viewer (reads).", DefaultValueFactory = _ => ApiKeys.Operator };
        role.AcceptOnlyFromAmong(ApiKeys.Operator, ApiKeys.Viewer);

        var add = new Command("add", "Issue a new key and print it once.") { name, role };
        add.SetAction(async (parse, ct) =>
        {
            var key = ApiKeys.Generate();
            var store = Store(parse.GetValue(database));
            if (!await store.AddAsync(new ApiKey(parse.GetRequiredValue(name), parse.GetRequiredValue(role), ApiKeys.Hash(key), DateTimeOffset.UtcNow, null), ct))
            {
                Console.Error.WriteLine($"A key named '{parse.GetRequiredValue(name)}' exists already (names are never reused).");
                return 1;
            }
            Console.WriteLine(key);
            return 0;
        });

        var revokedName = new Argument<string>("name") { Description = "The key to revoke." };
        var revoke = new Command("revoke", "Revoke a key; the server refuses it within seconds.") { revokedName };
        revoke.SetAction(async (parse, ct) =>
        {
            if (!await Store(parse.GetValue(database)).RevokeAsync(parse.GetRequiredValue(revokedName), DateTimeOffset.UtcNow, ct))
            {
                Console.Error.WriteLine($"No active key named '{parse.GetRequiredValue(revokedName)}'.");
                return 1;
            }
            Console.WriteLine($"Revoked {parse.GetRequiredValue(revokedName)}.");
            return 0;
        });

        var list = new Command("list", "List the keys (names, roles, dates; never the keys).");
        list.SetAction(async (parse, ct) =>
        {
            foreach (var key in await Store(parse.GetValue(database)).ListAsync(ct))
            {
                Console.WriteLine($"{key.Name,-24} {key.Role,-9} created {key.CreatedAt:yyyy-MM-dd HH:mm}{(key.RevokedAt is { } at ? $"  revoked {at:yyyy-MM-dd HH:mm}" : "")}");
            }
            return 0;
        });

        return new Command("keys", "Issue, revoke and list API keys.") { database, add, revoke, list };
    }

    private static SqliteApiKeyStore Store(FileInfo? database) => new(database?.FullName ?? DataFolder.DefaultDatabasePath);
}
