import { svg } from './dom.js';

// Equirectangular projection around the theatre's mid latitude: cheap, and close enough at this scale.
const bounds = { west: 34.6, east: 48.8, south: 29.0, north: 37.6 };
const midLatitude = (bounds.south + bounds.north) / 2;
const xScale = Math.cos(midLatitude * Math.PI / 180);
const pixelsPerDegree = 60;
const width = (bounds.east - bounds.west) * xScale * pixelsPerDegree;
const height = (bounds.north - bounds.south) * pixelsPerDegree;

export function project(longitude, latitude) {
  return [(longitude - bounds.west) * xScale * pixelsPerDegree, (bounds.north - latitude) * pixelsPerDegree];
}

/** Marker colour class: how many discrepancies about the base are still open. */
export function alertLevel(openDiscrepancies) {
  if (openDiscrepancies >= 3) return 'many';
  return openDiscrepancies > 0 ? 'some' : 'calm';
}

/** Marker area grows with the attacks logged, so radius grows with the square root. */
export function markerRadius(incidents) {
  return 4 + 3 * Math.sqrt(Math.max(0, incidents));
}

/** The SVG map: country outlines from the shipped GeoJSON, one circle per base. */
export class TheatreMap {
  #root;
  #markers = new Map();
  #basesLayer;
  #labelsLayer;
  #onSelect;
  #selected = null;

  constructor(root, { onSelect }) {
    this.#root = root;
    this.#onSelect = onSelect;
    root.setAttribute('viewBox', `0 0 ${width.toFixed(0)} ${height.toFixed(0)}`);
    root.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    this.#basesLayer = svg('g', { class: 'bases' });
    this.#labelsLayer = svg('g', { class: 'base-labels' });
    root.append(svg('g', { class: 'outlines' }), this.#basesLayer, this.#labelsLayer);
  }

  drawOutlines(geo) {
    const layer = this.#root.querySelector('.outlines');
    layer.replaceChildren();
    for (const feature of geo.features) {
      const { kind, name, id } = feature.properties;
      if (feature.geometry.type === 'Polygon') {
        const ring = feature.geometry.coordinates[0];
        const path = ring.map(([lon, lat], i) => `${i ? 'L' : 'M'}${project(lon, lat).map(v => v.toFixed(1)).join(',')}`).join('') + 'Z';
        layer.append(svg('path', { class: kind, d: path, 'data-id': id }));
        const [cx, cy] = centroid(ring);
        layer.append(svg('text', { class: 'country-label', x: cx, y: cy }, name.toUpperCase()));
      } else if (feature.geometry.type === 'Point') {
        const [x, y] = project(...feature.geometry.coordinates);
        layer.append(svg('circle', { class: kind, cx: x, cy: y, r: 2 }),
          svg('text', { class: `${kind}-label`, x: x + 4, y: y + 3 }, name));
      }
    }
  }

  /** Adds, updates or removes markers so that they match the bases list; changed markers flash. */
  showBases(bases) {
    const seen = new Set();
    for (const base of bases) {
      seen.add(base.id);
      const [x, y] = project(base.longitude, base.latitude);
      const level = alertLevel(base.openDiscrepancies);
      const radius = markerRadius(base.incidents).toFixed(1);
      let marker = this.#markers.get(base.id);
      if (!marker) {
        const circle = svg('circle', { class: 'base', cx: x, cy: y, 'data-base-id': base.id, tabindex: 0,
          onclick: () => this.#onSelect(base.id),
          onkeydown: e => { if (e.key === 'Enter') this.#onSelect(base.id); } },
        svg('title'));
        const label = svg('text', { class: 'base-label', x: x + 6, y: y - 6 }, base.name);
        this.#basesLayer.append(circle);
        this.#labelsLayer.append(label);
        marker = { circle, label, x, y, incidents: 0 };
        this.#markers.set(base.id, marker);
      }
      const { circle } = marker;
      marker.incidents = base.incidents;
      const changed = circle.getAttribute('data-open') !== String(base.openDiscrepancies)
        || circle.getAttribute('data-incidents') !== String(base.incidents);
      circle.setAttribute('r', radius);
      circle.setAttribute('data-level', level);
      circle.setAttribute('data-open', base.openDiscrepancies);
      circle.setAttribute('data-incidents', base.incidents);
      circle.querySelector('title').textContent =
        `${base.name} (${base.nameAr}): ${base.incidents} incidents, ${base.claimed} claimed, ${base.confirmed} confirmed, ` +
        `${base.mediaReported} in media, ${base.openDiscrepancies} open discrepancies`;
      if (changed && circle.dataset.drawn) {
        circle.classList.remove('flash');
        void circle.getBoundingClientRect(); // forces a style flush so the animation restarts
        circle.classList.add('flash');
      }
      circle.dataset.drawn = 'yes';
    }
    for (const [id, marker] of this.#markers) {
      if (seen.has(id)) continue;
      marker.circle.remove();
      marker.label.remove();
      this.#markers.delete(id);
    }
    this.#declutterLabels();
    this.select(this.#selected);
  }

  // Bases cluster (four around Baghdad airport, three at the Syria-Jordan-Iraq corner): the busiest base keeps
  // its label and the others show theirs on hover (the marker's title) rather than overprinting.
  #declutterLabels() {
    const placed = [];
    const byActivity = [...this.#markers.values()].sort((a, b) => b.incidents - a.incidents);
    for (const marker of byActivity) {
      const clashes = placed.some(other => Math.abs(other.y - marker.y) < 12 && Math.abs(other.x - marker.x) < 70);
      marker.label.style.display = clashes ? 'none' : '';
      if (!clashes) placed.push(marker);
    }
  }

  select(baseId) {
    this.#selected = baseId;
    for (const [id, { circle }] of this.#markers) circle.classList.toggle('selected', id === baseId);
  }
}

function centroid(ring) {
  const points = ring.map(([lon, lat]) => project(lon, lat));
  const sum = points.reduce(([sx, sy], [x, y]) => [sx + x, sy + y], [0, 0]);
  return sum.map(v => (v / points.length).toFixed(1));
}
