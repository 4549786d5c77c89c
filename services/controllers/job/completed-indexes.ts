// status.completedIndexes of an Indexed Job: sorted intervals, "1,3-5,7".

export function parseIndexes(text: string | null | undefined): Set<number> {
  const indexes = new Set<number>();
  for (const part of (text ?? "").split(",")) {
    if (!part) continue;
    const [low, high] = part.split("-").map(Number);
    for (let index = low!; index <= (high ?? low!); index++) indexes.add(index);
  }
  return indexes;
}

export function formatIndexes(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}
