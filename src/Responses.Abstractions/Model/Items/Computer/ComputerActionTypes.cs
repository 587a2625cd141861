namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ComputerAction"/>.</summary>
public static class ComputerActionTypes
{
    /// <summary><c>click</c>.</summary>
    public const string Click = "click";

    /// <summary><c>double_click</c>.</summary>
    public const string DoubleClick = "double_click";

    /// <summary><c>drag</c>.</summary>
    public const string Drag = "drag";

    /// <summary><c>keypress</c>.</summary>
    public const string KeyPress = "keypress";

    /// <summary><c>move</c>.</summary>
    public const string Move = "move";

    /// <summary><c>screenshot</c>.</summary>
    public const string Screenshot = "screenshot";

    /// <summary><c>scroll</c>.</summary>
    public const string Scroll = "scroll";

    /// <summary><c>type</c>.</summary>
    public const string Type = "type";

    /// <summary><c>wait</c>.</summary>
    public const string Wait = "wait";
}
