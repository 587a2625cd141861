using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Responses.Samples.DependencyInjection;

/// <summary>A Semantic Kernel plugin the model may call.</summary>
public sealed class WeatherPlugin
{
    [KernelFunction("get_weather")]
    [Description("Gets the current weather for a city.")]
    public string GetWeather([Description("The city")] string city)
    {
        Console.WriteLine($"  (weather.get_weather called with city={city})");
        return $"18°C and sunny in {city}";
    }
}
