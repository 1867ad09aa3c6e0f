namespace Correlator.Server.Security;

public static class Roles
{
    public const string Operator = "operator";
    public const string Viewer = "viewer";

    public const string WritePolicy = "write";
    public const string ReadPolicy = "read";

    public static bool IsKnown(string role) => role is Operator or Viewer;
}
