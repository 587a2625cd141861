namespace Responses;

/// <summary>Reads and writes <see cref="ComputerAction"/> by its <c>"type"</c>.</summary>
public sealed class ComputerActionConverter : WirePolymorphicConverter<ComputerAction>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ComputerActionConverter()
        : base(new Dictionary<string, Type>
        {
            [ComputerActionTypes.Click] = typeof(ComputerClickAction),
            [ComputerActionTypes.DoubleClick] = typeof(ComputerDoubleClickAction),
            [ComputerActionTypes.Drag] = typeof(ComputerDragAction),
            [ComputerActionTypes.KeyPress] = typeof(ComputerKeyPressAction),
            [ComputerActionTypes.Move] = typeof(ComputerMoveAction),
            [ComputerActionTypes.Screenshot] = typeof(ComputerScreenshotAction),
            [ComputerActionTypes.Scroll] = typeof(ComputerScrollAction),
            [ComputerActionTypes.Type] = typeof(ComputerTypeAction),
            [ComputerActionTypes.Wait] = typeof(ComputerWaitAction),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownComputerAction);
}
