using System.Security.Cryptography;
using System.Text;

namespace Correlator.Storage;

/// <summary>
/// Keys are 256 random bits, so a plain SHA-256 is enough to store them: there is nothing to guess that a slow hash
/// would protect.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "cor_";
    public const string Operator = "operator";
    public const string Viewer = "viewer";

    public static bool IsRole(string role) => role is Operator or Viewer;

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
