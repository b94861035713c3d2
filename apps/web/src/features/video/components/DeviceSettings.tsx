"use client";

import { useMediaDeviceSelect } from "@livekit/components-react";
import type { Room } from "livekit-client";

function DeviceSelect({ kind, label, room }: { kind: MediaDeviceKind; label: string; room: Room }) {
  const { devices, activeDeviceId, setActiveMediaDevice } = useMediaDeviceSelect({ kind, room });
  if (devices.length === 0) return null;
  return (
    <label className="vd-device">
      <span>{label}</span>
      <select
        value={activeDeviceId}
        onChange={(event) => void setActiveMediaDevice(event.target.value).catch(() => undefined)}
      >
        {devices.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || `${label} ${index + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Camera, microphone and speaker pickers; someone who only watches picks a speaker. */
export function DeviceSettings({ room, canPublish }: { room: Room; canPublish: boolean }) {
  return (
    <div className="vd-settings">
      {canPublish ? <DeviceSelect kind="videoinput" label="Camera" room={room} /> : null}
      {canPublish ? <DeviceSelect kind="audioinput" label="Microphone" room={room} /> : null}
      <DeviceSelect kind="audiooutput" label="Speaker" room={room} />
    </div>
  );
}
