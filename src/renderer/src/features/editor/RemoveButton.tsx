/** The quiet bin button at the end of a decision, action or key-figure row; its label names the row. */
import { Button, Tooltip, type ButtonProps } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'

export function RemoveButton({
  label,
  disabled,
  onClick,
  size
}: {
  label: string
  disabled: boolean
  onClick: () => void
  size?: ButtonProps['size']
}) {
  return (
    <Tooltip content={label} relationship="label">
      <Button
        size={size}
        appearance="subtle"
        icon={<DeleteRegular />}
        disabled={disabled}
        onClick={onClick}
      />
    </Tooltip>
  )
}
