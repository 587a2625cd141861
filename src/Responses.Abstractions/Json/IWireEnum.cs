namespace Responses;

/// <summary>
/// A string-valued enumeration of the wire model that accepts values this library does not know
/// (a future status or role is kept, not rejected).
/// </summary>
/// <typeparam name="TSelf">The enumeration type.</typeparam>
public interface IWireEnum<TSelf>
    where TSelf : struct, IWireEnum<TSelf>
{
    /// <summary>The wire value.</summary>
    string Value { get; }

    /// <summary>Creates the value for a wire string.</summary>
    /// <param name="value">The wire string.</param>
    /// <returns>The enumeration value.</returns>
    static abstract TSelf Create(string value);
}
