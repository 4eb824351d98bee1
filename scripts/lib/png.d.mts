export function encodePng(width: number, height: number, colourAt: (x: number, y: number) => [number, number, number]): Buffer;
